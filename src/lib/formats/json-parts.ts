/** Pieces the JSON formats share: a source as published, and the glossary given as a map or a list. */
import type { Entity } from '../model/schemas/entity.ts';

export const sourceJson = (src: Entity['sources'][number]) => ({
  id: src.id,
  title: src.title,
  publisher: src.publisher,
  url: src.url,
  status: src.status,
  ...(src.lang ? { lang: src.lang } : {}),
});

export const entitiesIn = (entities: Map<string, Entity> | Entity[]) =>
  entities instanceof Map ? [...entities.values()] : entities;
