// Types of a partner's feed, declared by hand.
export interface PartnerFix {
  latitude: number;
  longitude: number;
  vin: string;
  label: string;
}

export enum PartnerField {
  Latitude = "latitude",
  Longitude = "longitude",
  Label = "label",
}
