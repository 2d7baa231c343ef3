import { str } from "./env.js";

/** Sales markets. A vehicle belongs to exactly one market for its whole life. */
export type Market = "cn" | "eu" | "sea";

/** Public API entry points per market (owner app, dealer tools). */
export const API_HOSTS: Record<Market, string> = {
  cn: "https://api.lanhai-motors.com.cn",
  eu: "https://api.lanhai-motors.de",
  sea: "https://api.lanhai-motors.com.sg",
};

/** Notification fan-out service per market; vehicles are notified by the market they are sold in. */
export const NOTIFY_HOSTS: Record<Market, string> = {
  cn: "https://notify.lanhai-motors.com.cn",
  eu: "https://notify.lanhai-motors.de",
  sea: "https://notify.lanhai-motors.com.sg",
};

export function cosRegionFor(market: Market): string {
  switch (market) {
    case "cn":
      return "ap-shanghai";
    case "eu":
      return "eu-frankfurt";
    case "sea":
      return "ap-singapore";
  }
}

export function ossRegionFor(market: Market): string {
  switch (market) {
    case "cn":
      return "oss-cn-shanghai";
    case "eu":
      return "oss-eu-central-1";
    case "sea":
      return "oss-ap-southeast-1";
  }
}

export const homeMarket = str("LANHAI_MARKET", "cn") as Market;
