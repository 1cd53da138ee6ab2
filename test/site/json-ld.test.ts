import { expect, test } from 'vitest';
import { faqPageJsonLd, jsonForScript } from '../../src/site/json-ld.ts';

test('JSON-LD cannot close its script element and still means the same', () => {
  const value = faqPageJsonLd([{ question: 'What does </script><script>alert(1)</script> do?', answer: 'a & b > c \u2028' }]);
  const text = jsonForScript(value);
  expect(text).not.toMatch(/<|>|&/);
  expect(JSON.parse(text)).toEqual(value);
  expect(JSON.parse(text)).toMatchObject({ '@type': 'FAQPage', mainEntity: [{ '@type': 'Question', acceptedAnswer: { '@type': 'Answer' } }] });
});
