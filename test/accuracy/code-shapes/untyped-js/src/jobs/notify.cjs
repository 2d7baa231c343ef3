const { io } = require('socket.io-client');

const socket = io('https://push.example-motors.de');

exports.notifyLocation = function notifyLocation(latitude, longitude) {
  socket.emit('location', { latitude, longitude }); // expect: unassessed-export pi.sensitive.location-trajectory
};

exports.notifyBuild = function notifyBuild(buildNumber) {
  socket.emit('build', { buildNumber }); // expect-none
};
