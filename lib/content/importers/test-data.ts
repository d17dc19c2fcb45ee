import path from "node:path";

/** The shared public datasets (../shared/data from the repository root); tests only read them. */
export const SHARED_DATA = path.resolve(__dirname, "../../../../shared/data");
export const OATUTOR_POOL = path.join(SHARED_DATA, "oatutor/content-pool");
export const OATUTOR_EXTRAS = path.join(SHARED_DATA, "oatutor/extras/content-pool");
export const OATUTOR_SKILL_MODEL = path.join(SHARED_DATA, "oatutor/skillModel.json");
export const MATHDIAL_DEV = path.join(SHARED_DATA, "mathdial/dev.jsonl");
export const MATHDIAL_EXAMPLE = path.join(SHARED_DATA, "mathdial/example.jsonl");
export const CLASS_CSV = path.join(SHARED_DATA, "class/bio-problems-learning_objs.sample200.csv");
export const CLASS_JSONL = path.join(SHARED_DATA, "class/bio-problems-learning_objs.sample200.parsed.jsonl");
