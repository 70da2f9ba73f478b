-- What the pipeline held back, and why, newest first.

select
    quarantine_id as quarantine_key,
    source_file,
    stage,
    row_kind,
    check_name,
    reason,
    payload,
    quarantined_at,
    doc_id as source_key
from {{ ref('stg_staging__quarantine') }}
order by quarantined_at desc, source_file, quarantine_id
