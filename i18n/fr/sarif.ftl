# The rules of `qnr validate --format sarif` (src/printer/sarif.rs).

sarif-rule-parse-error = Le fichier n'est pas un fichier JSON, TOML ou YAML bien formé, ou n'est pas un texte UTF-8.
sarif-rule-questionnaire-mismatch = La réponse se rapporte à un autre questionnaire ou à une autre version, ou n'indique pas lesquels.
sarif-rule-missing-answer = Une recommandation n'a reçu ni OUI ni NON.
sarif-rule-invalid-choice = Une réponse n'est ni "yes" ni "no".
sarif-rule-missing-comment = Il manque à une réponse les observations demandées par le questionnaire.
sarif-rule-unknown-answer = Réponse à une recommandation qui ne figure pas dans le questionnaire.
sarif-rule-missing-respondent-field = Un champ obligatoire des renseignements sur le répondant est vide.
sarif-rule-invalid-field = Un champ des renseignements sur le répondant a une valeur incorrecte : date impossible, adresse électronique non valide.
sarif-rule-duplicate-key = Une clé figure deux fois ; les programmes de lecture n'en conserveraient qu'une.
sarif-rule-unknown-field = Clé inexistante dans le format de réponse.
sarif-rule-long-comment = Des observations dépassent le nombre de mots fixé par le questionnaire.
sarif-rule-wrong-type = Valeur d'un type incorrect, par exemple une liste à la place d'un objet.
sarif-rule-limit-exceeded = Le fichier dépasse une limite documentée (taille, imbrication, nombre de valeurs).
sarif-rule-unreadable-file = Le fichier n'a pas pu être lu.
sarif-rule-text-mismatch = Le texte d'une recommandation ou l'intitulé d'une question figurant sur un formulaire diffère de celui du questionnaire.
sarif-rule-unmarked-answer = Un formulaire ne coche ni OUI ni NON ; la réponse reste ouverte.
sarif-rule-missing-item = Il manque à un formulaire une recommandation du questionnaire.
sarif-rule-invalid-schema = Un fichier de schéma de questionnaire n'est pas valide.
sarif-rule-duplicate-id = Un schéma de questionnaire donne deux fois le même identifiant.
sarif-rule-empty-text = Un schéma de questionnaire comporte un intitulé, un texte ou un libellé vide.
sarif-rule-ambiguous-label = Un libellé d'un schéma de questionnaire empêche de relire correctement ses formulaires.
sarif-rule-missing-role = Aucun champ des renseignements sur le répondant d'un schéma de questionnaire n'indique l'État ou la date de présentation.
