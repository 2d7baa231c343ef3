import { S3Client, PutObjectCommand } from "@aws-sdk/client-s3";
import { Upload } from "@aws-sdk/lib-storage";
import { nextFrame, nextSweep } from "../model/frames";
import { blurFacesAndPlates, dropAlpha } from "../privacy/anonymise";

const euS3 = new S3Client({ region: "eu-central-1" });
const cnS3 = new S3Client({ region: "cn-north-1" });
const sgS3 = new S3Client({ region: process.env.AWS_REGION ?? "ap-southeast-1" });

export async function uploadRawFrame(): Promise<void> {
  const frame = nextFrame();
  await euS3.send(new PutObjectCommand({ Bucket: "adas-raw-eu", Key: frame.frameId, Body: frame.image })); // expect: unassessed-export ad.exterior-imagery pi.sensitive.exterior-person
}

export async function uploadFrameToChina(): Promise<void> {
  const frame = nextFrame();
  await cnS3.send(new PutObjectCommand({ Bucket: "adas-raw-cn", Key: frame.frameId, Body: frame.image })); // expect-none
}

export async function uploadBlurredFrame(): Promise<void> {
  const frame = blurFacesAndPlates(nextFrame());
  await euS3.send(new PutObjectCommand({ Bucket: "adas-raw-eu", Key: frame.frameId, Body: frame.image })); // expect: unassessed-export ad.exterior-imagery
}

export async function uploadAlphaDroppedFrame(): Promise<void> {
  const frame = dropAlpha(nextFrame());
  await euS3.send(new PutObjectCommand({ Bucket: "adas-raw-eu", Key: frame.frameId, Body: frame.image })); // expect: unassessed-export ad.exterior-imagery pi.sensitive.exterior-person
}

export async function uploadToAssessedClipsBucket(): Promise<void> {
  const frame = blurFacesAndPlates(nextFrame());
  await euS3.send(new PutObjectCommand({ Bucket: "adas-clips-eu", Key: frame.frameId, Body: frame.image })); // expect-none
}

export async function uploadGeotaggedFrameToClipsBucket(position: { lat: number; lng: number }): Promise<void> {
  const frame = blurFacesAndPlates(nextFrame());
  const tagged = { image: frame.image, where: [position.lat, position.lng], sweep: nextSweep().points };
  await euS3.send(new PutObjectCommand({ Bucket: "adas-clips-eu", Key: frame.frameId, Body: JSON.stringify(tagged) })); // expect: inadequate-assessment ad.exterior-imagery ad.lidar-pointcloud
}

export async function uploadFrameMetadataOnly(): Promise<void> {
  const frame = nextFrame();
  await euS3.send(new PutObjectCommand({ Bucket: "adas-raw-eu", Key: frame.frameId, Body: JSON.stringify({ w: frame.width, h: frame.height }) })); // expect-none
}

export async function uploadSweepMultipart(): Promise<void> {
  const sweep = nextSweep();
  const upload = new Upload({ client: euS3, params: { Bucket: "lidar-eu", Key: sweep.sweepId, Body: Buffer.from(sweep.points.buffer) } }); // expect: unassessed-export ad.lidar-pointcloud
  await upload.done();
}

export async function uploadSweepToSingapore(): Promise<void> {
  const sweep = nextSweep();
  await sgS3.send(new PutObjectCommand({ Bucket: "lidar-sg", Key: sweep.sweepId, Body: sweep.points })); // expect: unassessed-export ad.lidar-pointcloud
}

export async function uploadSweepToChina(): Promise<void> {
  const sweep = nextSweep();
  await new Upload({ client: cnS3, params: { Bucket: "lidar-cn", Key: sweep.sweepId, Body: sweep.points } }).done(); // expect-none
}

declare const Buffer: { from(data: ArrayBufferLike): Uint8Array };
declare const process: { env: Record<string, string | undefined> };
