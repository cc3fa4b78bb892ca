Goedendag, u spreekt met ${controller.companyName?remove_ending(".")}.
Wij gebruiken de gegevens die u ons in dit gesprek geeft om uw zaak af te handelen; verzoeken over uw persoonsgegevens handelen wij af omdat de AVG ons daartoe verplicht.
U kunt ons om inzage in uw gegevens en om correctie of verwijdering ervan vragen, en u hebt meer rechten, waaronder een klacht bij de toezichthoudende autoriteit, ${controller.supervisoryAuthority.name}.
Met vragen over gegevensbescherming kunt u terecht bij ${controller.dataProtectionContact}.
Alle informatie vindt u in onze privacyverklaring op ${controller.privacyPolicyUrl}.
