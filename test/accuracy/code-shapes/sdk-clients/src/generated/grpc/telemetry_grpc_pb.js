// GENERATED CODE -- DO NOT EDIT!

'use strict';
var grpc = require('@grpc/grpc-js');

var TelemetryService = exports.TelemetryService = {
  report: {
    path: '/telemetry.v1.Telemetry/Report',
    requestStream: false,
    responseStream: false,
  },
};

exports.TelemetryClient = grpc.makeGenericClientConstructor(TelemetryService, 'Telemetry');
