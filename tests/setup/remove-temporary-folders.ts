// Runs before every test file: whatever temporary folders the file made are removed when it ends.
import { afterAll } from "vitest";
import { removeTemporaryFolders } from "../helpers/temporary-folder.ts";

afterAll(() => removeTemporaryFolders());
