// Plain JavaScript widget included by allowJs: the same flows apply.
import axios from "axios";
import { stateOf } from "../sync/source";

export async function sendWidgetState(vin) {
  const state = stateOf(vin);
  await axios.post("https://widgets.example-motors.de/state", { position: [state.latitude, state.longitude] }); // expect: unassessed-export pi.sensitive.location-trajectory
  await axios.post("https://widgets.example-motors.de/version", { firmware: state.firmware }); // expect-none
}
