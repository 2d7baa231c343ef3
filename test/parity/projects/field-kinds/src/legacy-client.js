// Plain JavaScript in the same project (the tsconfig allows it).

/**
 * @typedef {Object} LegacyFix
 * @property {number} latitude
 * @property {number} longitude
 */

/**
 * @param {Object} options
 * @param {string} options.vin
 */
export function connect(options) {
  return options;
}

export const streamColumns = ["speed", "odometer", "est_lat", "est_lng"];

export class Recorder {
  constructor(vin) {
    this.vin = vin;
  }
}
