/**
 * How vehicle schemas abbreviate the words signals are written with: OEM
 * telematics (`plateNo`, `spd`, `odo`, `hdg`), Chinese platforms that mix
 * English abbreviations with pinyin (`chePaiNo`), DMS/ADAS feeds (`drvFace`,
 * `imgFront`, `camRear`) and charging back ends (`chgPwr`). An identifier part
 * that is an abbreviation also counts as the full word, so one term
 * (`[plate, number]`) covers every spelling; the full word is never turned
 * back into the abbreviation.
 *
 * Only abbreviations that mean one thing in these schemas belong here. `acc`
 * (adaptive cruise control) and `lat`/`long` (latitude, or lateral/
 * longitudinal acceleration) are left to the terms and their context.
 */
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  no: "number",
  nr: "number",
  nbr: "number",
  num: "number",
  img: "image",
  cam: "camera",
  spd: "speed",
  hdg: "heading",
  alt: "altitude",
  accel: "acceleration",
  odo: "odometer",
  temp: "temperature",
  volt: "voltage",
  curr: "current",
  pwr: "power",
  addr: "address",
  tel: "phone",
  drv: "driver",
  lic: "license",
  veh: "vehicle",
  traj: "trajectory",
  pos: "position",
  loc: "location",
  dest: "destination",
  dist: "distance",
  chg: "charge",
  chrg: "charge",
};

/** The full word an identifier part abbreviates, if it is a known abbreviation. */
export function expandAbbreviation(part: string): string | undefined {
  return Object.hasOwn(ABBREVIATIONS, part) ? ABBREVIATIONS[part] : undefined;
}
