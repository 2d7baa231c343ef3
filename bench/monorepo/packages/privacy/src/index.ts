export { coarsenLocation, aggregateByCity, type CoarseArea, type CityFlow } from "./location.js";
export { maskVin, pseudonymizeVin } from "./identifiers.js";
export { blurFacesAndPlates } from "./imagery.js";
