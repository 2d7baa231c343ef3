export { BaseApiClient, ApiError, type ClientOptions } from "./base-client.js";
