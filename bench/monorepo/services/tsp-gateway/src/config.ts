import { endpoints, int, list, str } from "@lanhai/config";

/** Everything the gateway needs, assembled from the shared endpoints plus its own brokers. */
export const gatewayConfig = {
  ...endpoints,
  ingress: {
    brokers: list("INGRESS_KAFKA_BROKERS", ["kafka-0.tsp.lanhai.internal:9092", "kafka-1.tsp.lanhai.internal:9092"]),
    stateTopic: str("INGRESS_STATE_TOPIC", "vehicle.state.v1"),
    groupId: "tsp-gateway",
  },
  domesticLake: {
    brokers: list("LAKE_KAFKA_BROKERS", ["kafka.datalake.lanhai-motors.com.cn:9093"]),
  },
  euAnalytics: {
    brokers: list("EU_ANALYTICS_BROKERS", [
      "b-1.analytics.lanhai-motors.de:9094",
      "b-2.analytics.lanhai-motors.de:9094",
    ]),
    stateTopic: "cn.vehicle-state.v1",
    tripTopic: "cn.trip-summary.v1",
    samplePercent: int("EU_SAMPLE_PERCENT", 5),
  },
  database: str("TSP_DATABASE_URL", "postgres://tsp_gateway@pg-tsp.lanhai-motors.com.cn:5432/tsp"),
};
