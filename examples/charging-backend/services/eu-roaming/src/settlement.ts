/** Books a roaming settlement line (amounts only). */
export async function settle(sessionId: string, amountEur: number): Promise<void> {
  console.log(`settle ${sessionId}: ${amountEur.toFixed(2)} EUR`);
}
