/** A front-camera frame: the image shows faces and plates of people outside the car. */
export interface CameraFrame {
  frameId: string;
  /** @vdx ad.exterior-imagery pi.sensitive.exterior-person */
  image: Uint8Array;
  width: number;
  height: number;
}

export interface LidarSweep {
  sweepId: string;
  /** @vdx ad.lidar-pointcloud */
  points: Float32Array;
  sensor: string;
}

export interface Scenario {
  scenarioId: string;
  /** @vdx ad.training-data */
  tags: string[];
  /** @vdx pi.general.vehicle-identifier */
  vin: string;
  /** @vdx pi.sensitive.location-trajectory */
  route: { lat: number; lng: number }[];
  recordedAt: string;
}

export interface FeatureVector {
  /** @vdx ad.feature-data */
  embedding: number[];
  model: string;
}

export declare function nextFrame(): CameraFrame;
export declare function nextSweep(): LidarSweep;
export declare function scenarios(): Promise<Scenario[]>;
export declare function features(): FeatureVector[];
