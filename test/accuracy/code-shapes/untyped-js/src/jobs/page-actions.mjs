import requestOrThrow from './request-or-throw.mjs';

// A rooted path goes to the server that served the page: the application's own back end.
export async function saveParkingSpot(latitude, longitude) {
  await requestOrThrow('/api/parking', { method: 'POST', body: JSON.stringify({ latitude, longitude }) }); // expect-none
}

export async function shareParkingSpot(latitude, longitude) {
  await requestOrThrow('https://share.example-motors.de/api/spots', { method: 'POST', body: JSON.stringify({ latitude, longitude }) }); // expect: unassessed-export pi.sensitive.location-trajectory
}
