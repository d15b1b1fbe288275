"""datatrove: learn (one model per rank) → merge → clean, the three stages
of its sentence-dedup pattern, on local executors.

    python examples/datatrove_pipeline.py in_folder/ work_folder/ [tasks]

Reads the JSON Lines files of ``in_folder``; writes the per-rank models to
``work_folder/models``, the merged model to ``work_folder/merged``, the
cleaned documents (with their edits in ``metadata["rinse_edits"]``) to
``work_folder/clean`` and datatrove's logs and stats (edits per rule) to
``work_folder/logs``.
"""

import os
import sys

from datatrove.executor import LocalPipelineExecutor
from datatrove.pipeline.readers import JsonlReader
from datatrove.pipeline.writers import JsonlWriter

from rinse_text.datatrove import RinseFormatter, RinseLearn, RinseMerge


def main(source, work, tasks=2):
    logs = os.path.join(work, "logs")
    learn = LocalPipelineExecutor(
        [JsonlReader(source), RinseLearn(os.path.join(work, "models"))],
        tasks=tasks,
        logging_dir=os.path.join(logs, "learn"),
    )
    merge = LocalPipelineExecutor(
        [RinseMerge(os.path.join(work, "models"), os.path.join(work, "merged"))],
        tasks=1,
        logging_dir=os.path.join(logs, "merge"),
        depends=learn,
    )
    clean = LocalPipelineExecutor(
        [
            JsonlReader(source),
            RinseFormatter(model_folder=os.path.join(work, "merged"), edits_in_metadata=True),
            JsonlWriter(os.path.join(work, "clean"), compression=None),
        ],
        tasks=tasks,
        logging_dir=os.path.join(logs, "clean"),
        depends=merge,
    )
    clean.run()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 2)
