// negative: a POST from abroad to a domestic API is not a read of data stored in China
export async function acknowledge(id: string) {
  await fetch("https://api.charging.example.com.cn/v1/acks", { method: "POST", body: JSON.stringify({ id }) });
}
