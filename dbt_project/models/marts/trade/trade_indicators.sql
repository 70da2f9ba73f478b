-- Observations of the trade domain, for analysts (see macros/domain_indicators.sql).
{{ domain_indicators('trade') }}
