import axios from "axios";
import ky from "ky";
import got from "got";
import qs from "qs";
import { stringify } from "node:querystring";
import { lastFix } from "../model/vehicle";

const GEOCODER = "https://geocoder.example-motors.de/v2";

/** Reverse geocoding through the EU geocoder: the coordinates travel in the query string. */
export async function addressViaSearchParams(): Promise<string> {
  const fix = await lastFix();
  const query = new URLSearchParams({ lat: String(fix.latitude), lon: String(fix.longitude), format: "json" });
  const response = await fetch(`${GEOCODER}/reverse?${query.toString()}`); // expect: unassessed-export pi.sensitive.location-trajectory
  return response.text();
}

export async function addressViaUrlObject(): Promise<string> {
  const fix = await lastFix();
  const url = new URL(`${GEOCODER}/reverse`);
  url.searchParams.set("lat", fix.latitude.toFixed(6));
  url.searchParams.append("lon", fix.longitude.toFixed(6));
  const response = await fetch(url); // expect: unassessed-export pi.sensitive.location-trajectory
  return response.text();
}

export async function addressViaQs(): Promise<unknown> {
  const fix = await lastFix();
  return fetch(GEOCODER + "/reverse?" + qs.stringify({ lat: fix.latitude, lon: fix.longitude })); // expect: unassessed-export pi.sensitive.location-trajectory
}

export async function addressViaQuerystring(): Promise<unknown> {
  const fix = await lastFix();
  return fetch(`${GEOCODER}/reverse?${stringify({ lat: fix.latitude, lon: fix.longitude })}`); // expect: unassessed-export pi.sensitive.location-trajectory
}

export async function addressViaAxiosParams(): Promise<unknown> {
  const fix = await lastFix();
  const { data } = await axios.get(`${GEOCODER}/reverse`, { params: { lat: fix.latitude, lon: fix.longitude } }); // expect: unassessed-export pi.sensitive.location-trajectory
  return data;
}

export async function addressViaKy(): Promise<unknown> {
  const fix = await lastFix();
  return ky.get(`${GEOCODER}/reverse`, { searchParams: { lat: fix.latitude, lon: fix.longitude } }).json(); // expect: unassessed-export pi.sensitive.location-trajectory
}

export async function addressViaGot(): Promise<unknown> {
  const fix = await lastFix();
  return got.get(`${GEOCODER}/reverse`, { searchParams: { lat: fix.latitude, lon: fix.longitude } }).json(); // expect: unassessed-export pi.sensitive.location-trajectory
}

/** Only the accuracy of the fix, which is no location: nothing classified is sent. */
export async function accuracyStatistics(): Promise<unknown> {
  const fix = await lastFix();
  return fetch(`${GEOCODER}/stats?accuracy=${fix.accuracyM}`); // expect-none
}

/** The domestic geocoder: no export. */
export async function addressInChina(): Promise<unknown> {
  const fix = await lastFix();
  return fetch(`https://geocoder.example-motors.com.cn/reverse?lat=${fix.latitude}&lon=${fix.longitude}`); // expect-none
}
