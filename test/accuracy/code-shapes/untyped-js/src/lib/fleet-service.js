'use strict';

// A pre-class SDK: a constructor function keeps the base URL its options give (else a host from
// a JSON file, overridable by the environment through a helper), and the prototype's `call`
// builds the request in steps (`init.body = …`, `new Request(…)`). A send is reported where a
// method hands `call` its data, since each construction decides the host.
const { env } = require('process');
const endpoints = require('./endpoints.json');

const settings = {};
settings.read = function (name) {
  return env[name];
};
settings.vehiclesUrl = function (vehicleRef, domestic) {
  const origin = domestic ? endpoints.domestic : settings.read('FLEET_ORIGIN') || endpoints.fleet;
  let url = `${origin}/v1/vehicles`;
  if (vehicleRef) url += `/${vehicleRef}`;
  return url;
};

function FleetService(options = {}) {
  this.base = options.base || endpoints.fleet;
  this.headers = { 'Content-Type': 'application/json' };
}

FleetService.prototype.call = async function (method, path, body = null) {
  const init = { method: method.toUpperCase(), headers: this.headers };
  if (body) init.body = JSON.stringify(body);
  const response = await fetch(new Request(`${this.base}/${path}`, init));
  return response.json();
};

function FleetVehicle(ref, domestic) {
  this.ref = ref;
  this.service = new FleetService({ base: settings.vehiclesUrl(ref, domestic) });
}

FleetVehicle.prototype.navigateTo = function (latitude, longitude) {
  return this.service.call('post', 'navigation', { latitude, longitude }); // expect: unassessed-export pi.sensitive.location-trajectory
};

FleetVehicle.prototype.lock = function () {
  return this.service.call('post', 'security', { action: 'LOCK' }); // expect-none
};

function AccountsClient(secretKey) {
  this.secretKey = secretKey;
  this.service = new FleetService({ base: settings.read('ACCOUNTS_ORIGIN') || endpoints.accounts });
}

AccountsClient.prototype.exchange = function (code) {
  return this.service.call('post', 'oauth/token', { code, grant_type: 'authorization_code' }); // expect: unassessed-export pi.sensitive.id-document
};

AccountsClient.prototype.renew = function (token) {
  return this.service.call('post', 'oauth/token', { grant_type: 'refresh_token', refresh_token: token }); // expect: unassessed-export pi.sensitive.id-document
};

AccountsClient.prototype.setUnits = function (units) {
  return this.service.call('post', 'profile', { preferred_units: units }); // expect-none
};

AccountsClient.prototype.status = function () {
  return this.service.call('get', 'status'); // expect-none
};

module.exports = { FleetVehicle, AccountsClient };
