import { endpoints, str } from "@lanhai/config";

export const otaConfig = {
  resultsQueueUrl: str(
    "EU_OTA_RESULTS_QUEUE",
    "https://sqs.eu-central-1.amazonaws.com/418272795630/ota-campaign-results-cn",
  ),
  supplierPortal: endpoints.supplierPortal,
  consulUrl: str("CONSUL_HTTP_ADDR", "http://consul.service.lanhai.internal:8500"),
  campaignBrokers: ["kafka-0.ota.lanhai.internal:9092"],
};
