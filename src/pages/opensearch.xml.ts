/** `/opensearch.xml`: lets browsers add Port Atlas as a search engine. */
import { absoluteUrl, searchPath, sitePath } from '../lib/urls';

export function GET(): Response {
  const template = `${absoluteUrl(searchPath())}?q={searchTerms}`;
  const body = `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
  <ShortName>Port Atlas</ShortName>
  <Description>Search TCP and UDP ports and services</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Image height="32" width="32" type="image/svg+xml">${absoluteUrl(sitePath('/favicon.svg'))}</Image>
  <Url type="text/html" method="get" template="${template.replace(/&/g, '&amp;')}"/>
</OpenSearchDescription>
`;
  return new Response(body, { headers: { 'content-type': 'application/opensearchdescription+xml' } });
}
