export { Geocoder, type Address, type SnappedTrace } from "./geocoder.js";
