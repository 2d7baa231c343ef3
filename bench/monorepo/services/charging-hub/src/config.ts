import { corsOrigins, endpoints, storage, str } from "@lanhai/config";

export const hubConfig = {
  roaming: endpoints.roaming,
  storage,
  cors: { origins: corsOrigins.partnerConsole, credentials: true },
  db: { url: str("CHARGING_DB_URL", "postgres://charging_hub@pg-charging.lanhai-motors.com.cn:5432/charging") },
  kafka: { brokers: [str("CHARGING_KAFKA", "kafka-0.charging.lanhai.internal:9092")] },
};
