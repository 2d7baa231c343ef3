import ky, { type KyInstance } from "ky";

export interface Address {
  formatted: string;
  cityCode: string;
}

export interface SnappedTrace {
  points: { lat: number; lng: number; roadId: string }[];
}

/** Thin client for the reverse-geocoding / map-matching API shared by our map vendors. */
export class Geocoder {
  private readonly http: KyInstance;

  constructor(baseUrl: string, apiKey: string) {
    this.http = ky.create({
      prefixUrl: baseUrl,
      searchParams: { key: apiKey },
      timeout: 5_000,
      retry: 1,
    });
  }

  reverse(lat: number, lng: number): Promise<Address> {
    return this.http.get("reverse", { searchParams: { lat, lng, lang: "zh-CN" } }).json<Address>();
  }

  snapToRoad(points: { lat: number; lng: number }[]): Promise<SnappedTrace> {
    return this.http.post("snap", { json: { points, interpolate: true } }).json<SnappedTrace>();
  }
}
