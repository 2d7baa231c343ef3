export { RoamingClient, type OutgoingCdr, type Tariff } from "./roaming-client.js";
