/** Where the gateway sends data. */
export const DOMESTIC_TSP = "https://telemetry.example-motors.com.cn/v1/states";
export const EU_FLEET_HEALTH = "https://eu-telemetry.example-motors.de/v1/fleet-health";
export const EU_TRIP_ANALYTICS = "https://analytics.example-motors.de/v1/trips";
export const EU_CRM = "https://crm.example-motors.de/api/customers";
