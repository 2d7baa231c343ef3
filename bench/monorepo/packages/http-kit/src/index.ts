export { AxiosFactory, type AxiosInstanceOptions } from "./axios-factory.js";
export { createGotClient } from "./got-factory.js";
export { postJson, HttpError } from "./post-json.js";
export { sendSigned } from "./signed-request.js";
