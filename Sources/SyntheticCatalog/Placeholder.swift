enum SyntheticCatalogPlaceholder {}
