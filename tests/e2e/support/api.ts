/** Creates an annotation through the real server's API, as another client would, and returns its id. */
export async function postAnnotation(serverUrl: string, token: string, annotation: Record<string, unknown>): Promise<string> {
  const response = await fetch(`${serverUrl}/api/annotations`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'Annotation', ...annotation }),
  });
  if (response.status !== 201) throw new Error(`creating an annotation failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { id: string }).id;
}
