import { randomUUID } from "node:crypto";
import type { CanEvent, Clip, Trigger } from "../gen/adas/dataloop/v1/clip.js";
import type { GnssFix, Image, PointCloud2 } from "../gen/adas/dataloop/v1/sensor.js";
import { VEHICLE_INGEST_URL } from "../shared/endpoints.js";
import { uploadClip } from "../shared/upload-clip.js";
import { SensorRingBuffer } from "./sensor-ring-buffer.js";

export interface RecorderSettings {
  vin: string;
  /** Seconds of history kept per sensor; must cover the longest pre-roll. */
  historySeconds: number;
  cameraHz: number;
  lidarHz: number;
  gnssHz: number;
}

/**
 * Runs on the ADAS domain controller (config `vehicleSide`). Buffers every sensor and, when a
 * trigger fires (disengagement, hard brake, perception mismatch), cuts a clip around it and
 * uploads it to the domestic data-loop ingest.
 */
export class TriggerRecorder {
  private readonly front: SensorRingBuffer<Image>;
  private readonly surround: SensorRingBuffer<Image>;
  private readonly lidar: SensorRingBuffer<PointCloud2>;
  private readonly gnss: SensorRingBuffer<GnssFix>;
  private readonly can: SensorRingBuffer<CanEvent>;

  constructor(private readonly settings: RecorderSettings) {
    const seconds = settings.historySeconds;
    this.front = new SensorRingBuffer(seconds * settings.cameraHz);
    this.surround = new SensorRingBuffer(seconds * settings.cameraHz * 4);
    this.lidar = new SensorRingBuffer(seconds * settings.lidarHz);
    this.gnss = new SensorRingBuffer(seconds * settings.gnssHz);
    this.can = new SensorRingBuffer(seconds * 500);
  }

  onFrontCamera(frame: Image): void {
    this.front.push(frame);
  }

  onSurroundCamera(frame: Image): void {
    this.surround.push(frame);
  }

  onLidar(sweep: PointCloud2): void {
    this.lidar.push(sweep);
  }

  onGnss(fix: GnssFix): void {
    this.gnss.push(fix);
  }

  onCanEvent(event: CanEvent): void {
    this.can.push(event);
  }

  /** Cuts the clip for `trigger` and sends it to the domestic ingest. */
  async onTrigger(trigger: Trigger): Promise<string> {
    const clip = this.cut(trigger);
    const receipt = await uploadClip(VEHICLE_INGEST_URL, clip);
    return receipt.storedAs;
  }

  private cut(trigger: Trigger): Clip {
    const fromNs = trigger.firedAtNs - trigger.preRollMs * 1e6;
    const toNs = trigger.firedAtNs + trigger.postRollMs * 1e6;
    return {
      clipId: randomUUID(),
      vin: this.settings.vin,
      trigger,
      durationMs: trigger.preRollMs + trigger.postRollMs,
      frontCamera: this.front.window(fromNs, toNs),
      surroundCameras: this.surround.window(fromNs, toNs),
      lidarSweeps: this.lidar.window(fromNs, toNs),
      gnss: this.gnss.window(fromNs, toNs),
      canEvents: this.can.window(fromNs, toNs),
    };
  }
}
