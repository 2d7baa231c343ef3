import { ServiceClient } from "../lib/transport";
import { sample, driverState } from "../lib/types";

const eu = new ServiceClient("https://gateway.example-motors.de");
const cn = new ServiceClient("https://gateway.example-motors.com.cn");

export async function pushHarshBrakes(): Promise<void> {
  const t = sample();
  await eu.send({ count: t.harshBrakes }); // expect: unassessed-export pi.general.driving-behaviour
  await cn.send({ count: t.harshBrakes }); // expect-none
}

export async function pushFatigue(): Promise<void> {
  await eu.send(driverState().fatigueLevel); // expect: unassessed-export pi.sensitive.driver-state
}

export async function pushVersion(): Promise<void> {
  await eu.send(sample().softwareVersion); // expect-none
}
