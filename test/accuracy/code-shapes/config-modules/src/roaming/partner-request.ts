// One helper for every call to a roaming partner: the caller writes the whole request, URL included
// (`request-promise-native` imported as a namespace and called directly, as older TypeScript does).
import * as request from "request-promise-native";

export default async (options: { method: string; uri: string; headers: { Authorization: string }; body?: unknown }): Promise<unknown> => {
  const reply = await request({ ...options, json: true });
  return reply.data;
};
