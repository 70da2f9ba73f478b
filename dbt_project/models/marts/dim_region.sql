-- Places: the seed plus every unlisted place observations name (kind 'unlisted').

select
    {{ surrogate_key(['region']) }} as region_key,
    region,
    kind,
    parent,
    aliases
from {{ ref('int_regions_unioned') }}
