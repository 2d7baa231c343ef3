import type { Position } from "../../model/vehicle";

/** An uploader bound to one regional endpoint by whoever builds it. */
export class RegionalUploader {
  constructor(private readonly endpoint: string) {}

  upload(position: Position): Promise<Response> {
    return fetch(`${this.endpoint}/positions`, { method: "POST", body: JSON.stringify(position) }); // expect: unassessed-export pi.sensitive.location-trajectory
  }
}
