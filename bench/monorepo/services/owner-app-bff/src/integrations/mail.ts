import nodemailer from "nodemailer";
import type { Owner, TripSummary } from "@lanhai/domain";
import { bffConfig } from "../config.js";

const transport = nodemailer.createTransport({
  host: bffConfig.smtp.host,
  port: bffConfig.smtp.port,
  secure: false,
  auth: { user: process.env.SMTP_USER ?? "", pass: process.env.SMTP_PASSWORD ?? "" },
});

function renderReport(name: string, totalKm: number, tripCount: number): string {
  return `<p>您好 ${name}，</p><p>本月您共行驶 ${totalKm.toFixed(0)} 公里，${tripCount} 次出行。</p>`;
}

export async function sendMonthlyReport(owner: Owner, trips: readonly TripSummary[]): Promise<void> {
  const totalKm = trips.reduce((sum, trip) => sum + trip.distanceKm, 0);
  await transport.sendMail({
    from: "Lanhai Motors <no-reply@lanhai-motors.com.cn>",
    to: owner.email,
    subject: "您的月度驾驶报告",
    html: renderReport(owner.fullName, totalKm, trips.length),
  });
}
