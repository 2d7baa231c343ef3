export { KraftSureClient, type InsuredTrip, type CrashNotice, type SubmitResult } from "./insurer-client.js";
