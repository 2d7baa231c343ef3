const express = require('express');
const fetch = require('node-fetch');

const router = express.Router();

/** Forwards what a vehicle reports to the EU analytics service. */
router.post('/vehicles/report', async (req, res) => {
  const { vin, latitude, longitude, speed } = req.body;
  await fetch('https://analytics.example-motors.de/ingest?vin=' + encodeURIComponent(vin), { method: 'POST', body: JSON.stringify({ latitude, longitude }) }); // expect: unassessed-export pi.general.vehicle-identifier pi.sensitive.location-trajectory
  await fetch('https://analytics.example-motors.de/speed', { method: 'POST', body: JSON.stringify({ kmh: speed }) }); // expect: unassessed-export pi.general.driving-behaviour
  res.sendStatus(204);
});

/** Only a status code and a counter leave: nothing classified. */
router.post('/vehicles/ack', async (req, res) => {
  const { status, count } = req.body;
  await fetch('https://analytics.example-motors.de/ack', { method: 'POST', body: JSON.stringify({ status, count }) }); // expect-none
  res.sendStatus(204);
});

module.exports = router;
