"use strict";
// The HTTP clients of older Node services, all from require(): request (callback and promise forms),
// superagent, needle and node-fetch; a base URL from a credentials row stays unresolved.
const request = require("request");
const rp = require("request-promise");
const superagent = require("superagent");
const needle = require("needle");
const fetch = require("node-fetch");

const FLEET = "https://fleet.example-motors.de/api";
const DOMESTIC = "https://fleet.example-motors.com.cn/api";

function reportPosition(vin, latitude, longitude, done) {
  request({ method: "POST", url: FLEET + "/positions", json: true, body: { vin: vin, latitude: latitude, longitude: longitude } }, done); // expect: unassessed-export pi.general.vehicle-identifier pi.sensitive.location-trajectory
}

function registerVehicle(vin, done) {
  request.post(FLEET + "/vehicles", { form: { vin: vin } }, done); // expect: unassessed-export pi.general.vehicle-identifier
}

function wake(vin) {
  return rp({ method: "POST", uri: FLEET + "/wake", body: { vin: vin }, json: true }); // expect: unassessed-export pi.general.vehicle-identifier
}

function honk(vin) {
  return superagent.post(FLEET + "/honk").send({ vin: vin }); // expect: unassessed-export pi.general.vehicle-identifier
}

function flash(vin) {
  return needle("post", FLEET + "/flash", { vin: vin }, { json: true }); // expect: unassessed-export pi.general.vehicle-identifier
}

function mirrorDomestic(vin) {
  return fetch(DOMESTIC + "/mirror", { method: "POST", body: JSON.stringify({ vin: vin }) }); // expect-none
}

async function pushToPartner(store, partnerId, vin) {
  const credentials = await store.findCredentials(partnerId);
  return needle.post(credentials.baseUrl + "/vehicles", { vin: vin }); // expect: unresolved-destination pi.general.vehicle-identifier
}

module.exports = { reportPosition, registerVehicle, wake, honk, flash, mirrorDomestic, pushToPartner };
