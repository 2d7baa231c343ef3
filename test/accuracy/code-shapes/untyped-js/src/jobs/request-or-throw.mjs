// A web front end's one fetch helper, exported as a default arrow function: each caller's call is the send.
export default async (input, init) => {
  const response = await fetch(input, init);
  if (!response.ok) throw new Error(await response.text());
  return response;
};
