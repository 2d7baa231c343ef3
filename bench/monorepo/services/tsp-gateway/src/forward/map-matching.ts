import { endpoints } from "@lanhai/config";
import type { GeoFix } from "@lanhai/domain";
import type { GeoPosition } from "@lanhai/proto";
import { Geocoder, type SnappedTrace } from "@lanhai/sdk-maps";
import { fleetSettings } from "../settings/fleet-settings-repo.js";

const domesticGeocoder = new Geocoder(endpoints.geocoder.domestic, process.env.GEO_DOMESTIC_KEY ?? "");
const overseasGeocoder = new Geocoder(endpoints.geocoder.overseas, process.env.ATLASGEO_KEY ?? "");

/** Street address for the owner app's "where is my car" card. */
export async function describePosition(position: GeoPosition): Promise<string> {
  const address = await domesticGeocoder.reverse(position.latitude, position.longitude);
  return address.formatted;
}

/** Export-model test fleet: AtlasGeo has the lane geometry of the EU homologation routes. */
export async function snapTestDrive(trace: readonly GeoPosition[]): Promise<SnappedTrace> {
  return overseasGeocoder.snapToRoad(trace.map((p) => ({ lat: p.latitude, lng: p.longitude })));
}

/** Fleet customers may bring their own map provider (configured in the fleet console). */
export async function describeForFleet(fleetId: string, fix: GeoFix): Promise<string | undefined> {
  const settings = await fleetSettings.load(fleetId);
  if (!settings?.geocoderUrl) return undefined;
  const geocoder = new Geocoder(settings.geocoderUrl, settings.geocoderKey ?? "");
  const address = await geocoder.reverse(fix.lat, fix.lng);
  return address.formatted;
}
