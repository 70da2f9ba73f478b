-- Observations of the social domain, for analysts (see macros/domain_indicators.sql).
{{ domain_indicators('social') }}
