import ky from 'ky';
import { readFile } from 'node:fs/promises';

const DOMESTIC = 'https://archive.example-motors.com.cn/v1';

/** Reads a dump whose structure no type describes; the names say what it holds. */
export async function exportDump(path) {
  const dump = JSON.parse(await readFile(path, 'utf8'));
  for (const vehicle of dump.vehicles) {
    await ky.post('https://archive.example-motors.de/v1/positions', { json: { vin: vehicle.vin, lat: vehicle.lat, lng: vehicle.lng } }); // expect: unassessed-export pi.general.vehicle-identifier pi.sensitive.location-trajectory
    await ky.post(`${DOMESTIC}/positions`, { json: { vin: vehicle.vin, lat: vehicle.lat, lng: vehicle.lng } }); // expect-none
  }
}

/** An exported function whose parameters have no types: their names classify them. */
export async function lookupVehicle(vin) {
  return fetch(`https://registry.example-motors.de/lookup?vin=${vin}`); // expect: unassessed-export pi.general.vehicle-identifier
}

export async function lookupDealer(dealerCode) {
  return fetch(`https://registry.example-motors.de/dealers/${dealerCode}`); // expect-none
}
