export { initSentry } from "./sentry.js";
export { captureVehicleError } from "./vehicle-scope.js";
