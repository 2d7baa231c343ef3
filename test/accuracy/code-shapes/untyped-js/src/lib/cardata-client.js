'use strict';

const axios = require('axios');
const https = require('https');

const API_BASE = process.env.CARDATA_API || 'https://cardata.example-motors.de/v1';

/** A small SDK in CommonJS: the VIN and the client's base URL are instance state. */
class CarDataClient {
  constructor(vin, options) {
    this.vin = vin;
    this.baseUrl = (options && options.baseUrl) || API_BASE;
  }

  sendPosition(latitude, longitude) {
    return axios.post(`${this.baseUrl}/vehicles/${this.vin}/position`, { latitude, longitude }); // expect: unassessed-export pi.general.vehicle-identifier pi.sensitive.location-trajectory
  }

  sendOdometer(reading) {
    return axios.post(`${this.baseUrl}/vehicles/${this.vin}/odometer`, { odometer: reading.odometer }); // expect: unassessed-export conn.operating-condition pi.general.vehicle-identifier
  }

  ping() {
    return axios.get(`${this.baseUrl}/health`); // expect-none
  }
}

function reportTrip(trip) {
  return axios.post(`${API_BASE}/trips`, { vin: trip.vin, route: trip.route }); // expect: unassessed-export pi.general.vehicle-identifier pi.sensitive.location-trajectory
}

function legacyPush(position) {
  const req = https.request({ hostname: 'legacy.example-motors.de', path: '/positions', method: 'POST' }); // expect: unassessed-export pi.sensitive.location-trajectory
  req.write(JSON.stringify({ lat: position.lat, lng: position.lng }));
  req.end();
}

module.exports = { CarDataClient, reportTrip, legacyPush };
