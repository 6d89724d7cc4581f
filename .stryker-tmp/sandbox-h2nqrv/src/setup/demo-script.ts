/**
 * A realistic year of a panel, built from the council letter's examples (bodycams, the
 * crowd meter, speed checks on the Snelliuslaan, ANPR cameras, Open Hilversum, camera
 * surveillance, the Datagedreven sturing programme). Every step is a command or reaction
 * that a member could type; `day` counts from the start, which lies 330 days before today.
 * `{ADV:Bodycams}` stands for the id of the advice request whose title contains "Bodycams"
 * (likewise ONT, GN, OVL, UIT).
 */
// @ts-nocheck

export type DemoStep =
  | { readonly day: number; readonly as: string; readonly say: string; readonly direct?: true }
  | { readonly day: number; readonly as: string; readonly react: string; readonly on: string };

export const DEMO_LENGTH_DAYS = 330;

const say = (day: number, as: string, text: string): DemoStep => ({ day, as, say: text });
/** Typed in the member's direct conversation with the bot. */
const dm = (day: number, as: string, text: string): DemoStep => ({ day, as, say: text, direct: true });
const react = (day: number, as: string, emoji: string, on: string): DemoStep => ({
  day,
  as,
  react: emoji,
  on,
});

export const DEMO_SCRIPT: readonly DemoStep[] = [
  say(
    0,
    'gemeente',
    '/ontwikkeling nieuw "Bodycams voor handhavers" fase:implementatie thema:privacy,ethiek',
  ),
  say(3, 'gemeente', '/ontwikkeling nieuw "Druktemeter tegen COVID-19" fase:implementatie thema:privacy'),
  say(
    5,
    'gemeente',
    '/advies nieuw "Inzet van bodycams door handhavers" thema:privacy ontwikkeling:{ONT:Bodycams}',
  ),
  say(8, 'voorzitter', '/advies stap {ADV:bodycams} in-overweging'),
  say(10, 'panellid', '/uitgave 350,00 bestanden Nextcloud voor het panel, jaarabonnement'),
  react(11, 'programmamanager', '✅', '{UIT:Nextcloud}'),
  say(12, 'panellid', '/uitgave bewijs {UIT:Nextcloud} factuur-nextcloud.pdf'),
  say(14, 'programmamanager', '/uitgave betaald {UIT:Nextcloud}'),
  say(15, 'voorzitter', '/advies stap {ADV:bodycams} in-gesprek Gesprek met handhaving gepland'),
  say(
    20,
    'gemeente',
    '/ontwikkeling nieuw "Snelheidsmetingen Snelliuslaan" fase:ontwikkeling thema:privacy,dataveiligheid',
  ),
  say(
    25,
    'gemeente',
    '/advies nieuw "Proef met snelheidsmetingen in de Snelliuslaan" thema:privacy ontwikkeling:{ONT:Snelliuslaan}',
  ),
  say(27, 'secretaris', '/advies stap {ADV:Snelliuslaan} in-overweging'),
  say(28, 'secretaris', '/overleg plan {date:30} 19:30 gemeente Kwartaaloverleg met de gemeente'),
  say(
    30,
    'secretaris',
    '/overleg aanwezig {OVL:Kwartaaloverleg} voorzitter secretaris panellid gemeente pit',
  ),
  say(
    30,
    'secretaris',
    '/overleg notulen {OVL:Kwartaaloverleg} Besproken: {ADV:bodycams} en de planning van {ONT:Snelliuslaan}.',
  ),
  say(30, 'voorzitter', '/besluit {OVL:Kwartaaloverleg} Het panel schrijft een advies over de bodycams.'),
  say(
    30,
    'secretaris',
    '/overleg actie {OVL:Kwartaaloverleg} voorzitter Advies over bodycams opstellen voor:{date:40}',
  ),
  say(
    30,
    'secretaris',
    '/overleg actie {OVL:Kwartaaloverleg} secretaris Verslag naar de gemeente sturen voor:{date:35}',
  ),
  say(31, 'secretaris', '/overleg samenvatting {OVL:Kwartaaloverleg} publiceer'),
  react(32, 'secretaris', '✅', '{ACT:Verslag}'),
  say(35, 'voorzitter', '/advies stap {ADV:Snelliuslaan} in-gesprek'),
  say(
    40,
    'voorzitter',
    '/advies uitbrengen {ADV:bodycams} "Neem alleen op bij dreiging, meld het opnemen en wis beelden na 28 dagen."',
  ),
  say(40, 'voorzitter', '/actie klaar {ACT:bodycams} Het advies is uitgebracht.'),
  say(42, 'panellid', '/uitgave 45,20 reis Trein naar Utrecht voor het VNG-congres'),
  react(43, 'programmamanager', '✅', '{UIT:VNG}'),
  say(44, 'panellid', '/uitgave bewijs {UIT:VNG} ov-chipkaart-overzicht.pdf'),
  say(
    45,
    'gemeente',
    '/ontwikkeling nieuw "ANPR-camera\'s tegen woninginbraken" fase:verkenning thema:privacy,dataveiligheid vertrouwelijk',
  ),
  say(46, 'programmamanager', '/uitgave betaald {UIT:VNG}'),
  say(
    50,
    'gemeente',
    '/advies nieuw "Verkenning ANPR-camera\'s door de politie" thema:privacy ontwikkeling:{ONT:ANPR} vertrouwelijk',
  ),
  say(55, 'voorzitter', '/advies stap {ADV:ANPR} in-overweging'),
  say(
    60,
    'gemeente',
    '/ontwikkeling nieuw "Platform Open Hilversum" fase:ontwikkeling thema:inclusiviteit,ethiek',
  ),
  say(
    60,
    'voorzitter',
    '/advies uitbrengen {ADV:Snelliuslaan} "Meet alleen snelheid, bewaar geen kentekens langer dan nodig."',
  ),
  say(62, 'secretaris', '/overleg plan {date:62} 20:00 Panelvergadering'),
  say(62, 'secretaris', '/overleg aanwezig {OVL:Panelvergadering} voorzitter secretaris panellid'),
  say(
    62,
    'secretaris',
    '/overleg notulen {OVL:Panelvergadering} Besproken: {ONT:Open Hilversum} en de ANPR-verkenning.',
  ),
  say(
    70,
    'gemeente',
    '/advies reactie {ADV:bodycams} opgevolgd hoe:"Opnemen alleen bij dreiging; bewaartermijn 28 dagen in het protocol." termijn:{date:150}',
  ),
  say(
    70,
    'voorzitter',
    '/advies geen {ADV:ANPR} Dit valt onder de politie; de gemeente beslist er niet over.',
  ),
  say(72, 'voorzitter', '/advies afronden {ADV:ANPR}'),
  say(75, 'voorzitter', '/advies afronden {ADV:bodycams}'),
  say(80, 'voorzitter', '/notitie nieuw "Gesprek over de druktemeter" ontwikkeling:{ONT:Druktemeter}'),
  say(
    81,
    'secretaris',
    '/notitie tekst {GN:druktemeter} "De druktemeter telt alleen aantallen. Er worden geen beelden of apparaat-id\'s bewaard."',
  ),
  say(82, 'voorzitter', '/notitie teken {GN:druktemeter}'),
  say(84, 'gemeente', '/notitie teken {GN:druktemeter}'),
  say(
    90,
    'gemeente',
    '/ontwikkeling nieuw "Cameratoezicht in de binnenstad" fase:implementatie thema:privacy',
  ),
  say(95, 'secretaris', '/uitgave 1.200,00 expertise Jurist voor een toets van de DPIA cameratoezicht'),
  react(96, 'programmamanager', '✅', '{UIT:Jurist}'),
  say(
    100,
    'gemeente',
    '/advies nieuw "Open Hilversum: welke data worden open?" thema:ethiek,inclusiviteit ontwikkeling:{ONT:Open Hilversum}',
  ),
  say(104, 'voorzitter', '/advies stap {ADV:Open Hilversum} in-overweging'),
  say(118, 'secretaris', '/overleg plan {date:120} 19:30 gemeente Kwartaaloverleg voorjaar'),
  say(
    120,
    'secretaris',
    '/overleg aanwezig {OVL:voorjaar} voorzitter secretaris gemeente pit programmamanager',
  ),
  say(
    120,
    'secretaris',
    '/overleg notulen {OVL:voorjaar} Besproken: {ADV:Snelliuslaan}; de reactie van de gemeente komt later.',
  ),
  say(
    120,
    'gemeente',
    '/advies reactie {ADV:Snelliuslaan} deels hoe:"Kentekens worden na 24 uur gewist; snelheid blijft anoniem bewaard." termijn:{date:200}',
  ),
  say(
    120,
    'secretaris',
    '/overleg actie {OVL:voorjaar} panellid Enquête over Open Hilversum voorbereiden voor:{date:250}',
  ),
  say(121, 'secretaris', '/overleg samenvatting {OVL:voorjaar} publiceer'),
  say(130, 'voorzitter', '/advies stap {ADV:Open Hilversum} in-gesprek'),
  say(148, 'gemeente', '/advies uitgevoerd {ADV:bodycams} Het protocol is aangepast en gepubliceerd.'),
  say(150, 'panellid', '/uitgave 300 website Hosting stadspaneldata.nl'),
  react(151, 'programmamanager', '✅', '{UIT:Hosting}'),
  say(152, 'secretaris', '/uitgave bewijs {UIT:Hosting} factuur-hosting.pdf'),
  say(153, 'programmamanager', '/uitgave betaald {UIT:Hosting}'),
  say(160, 'panellid', '/uitgave 600 reis Congres over digitale ethiek in Amsterdam'),
  react(161, 'programmamanager', '❌', '{UIT:Congres}'),
  say(170, 'voorzitter', '/advies afronden {ADV:Snelliuslaan}'),
  say(180, 'voorzitter', '/notitie nieuw "Gesprek over cameratoezicht" ontwikkeling:{ONT:Cameratoezicht}'),
  say(
    181,
    'voorzitter',
    '/notitie tekst {GN:cameratoezicht} "Camera\'s alleen op plekken met een aanwijsbaar risico; evaluatie na een jaar."',
  ),
  say(182, 'voorzitter', '/notitie teken {GN:cameratoezicht}'),
  say(
    195,
    'gemeente',
    '/advies uitstel {ADV:Snelliuslaan} termijn:{date:240} reden:"De leverancier past de software pas na de zomer aan."',
  ),
  say(
    200,
    'gemeente',
    '/advies nieuw "Cameratoezicht: bewaartermijn en evaluatie" thema:privacy ontwikkeling:{ONT:Cameratoezicht}',
  ),
  say(205, 'secretaris', '/advies stap {ADV:bewaartermijn} in-overweging'),
  say(208, 'secretaris', '/overleg plan {date:210} 19:30 gemeente Kwartaaloverleg zomer'),
  say(210, 'secretaris', '/overleg aanwezig {OVL:zomer} voorzitter secretaris gemeente'),
  say(
    210,
    'secretaris',
    '/overleg notulen {OVL:zomer} Het PIT kon niet aansluiten. Besproken: {ADV:bewaartermijn}.',
  ),
  say(220, 'secretaris', '/advies stap {ADV:bewaartermijn} in-gesprek'),
  say(243, 'gemeente', '/advies uitgevoerd {ADV:Snelliuslaan} De software wist kentekens nu na 24 uur.'),
  say(250, 'panellid', '/uitgave 400 onderzoek Enquête onder inwoners over Open Hilversum'),
  say(251, 'panellid', '/actie klaar {ACT:Enquête} De vragenlijst staat klaar.'),
  say(
    260,
    'voorzitter',
    '/advies uitbrengen {ADV:bewaartermijn} "Bewaar beelden hooguit 14 dagen en evalueer na een jaar openbaar."',
  ),
  say(
    290,
    'voorzitter',
    '/advies uitbrengen {ADV:Open Hilversum} "Publiceer alleen geaggregeerde data en vraag inwoners mee te kijken."',
  ),
  // The yearly evaluation, with the council letter's figures of 2022 beside it.
  say(280, 'secretaris', '/evaluatie vorige 2022 advisering:7,8 betekenis:8,5'),
  say(280, 'voorzitter', '/evaluatie start 2026 tot:{date:295}'),
  dm(
    282,
    'voorzitter',
    '/evaluatie cijfer advisering:8 betekenis:9 goed:"De gemeente vraagt ons vroeg om advies" beter:"Sneller horen wat er met ons advies gebeurt"',
  ),
  dm(283, 'secretaris', '/evaluatie cijfer advisering:7 betekenis:8 beter:"Meer inwoners bereiken"'),
  dm(
    284,
    'panellid',
    '/evaluatie cijfer advisering:8 betekenis:9 goed:"Goede samenwerking met het privacyteam"',
  ),
  dm(285, 'gemeente', '/evaluatie cijfer advisering:8 betekenis:8 goed:"Praktische adviezen"'),
  dm(286, 'pit', '/evaluatie cijfer advisering:8 betekenis:9 beter:"Adviezen korter samenvatten"'),
  dm(287, 'programmamanager', '/evaluatie cijfer advisering:8 betekenis:8'),
  say(296, 'voorzitter', '/evaluatie sluiten 2026'),
  say(298, 'secretaris', '/overleg plan {date:300} 19:30 gemeente Kwartaaloverleg najaar'),
  say(300, 'secretaris', '/overleg aanwezig {OVL:najaar} voorzitter secretaris panellid gemeente pit'),
  say(
    300,
    'secretaris',
    '/overleg notulen {OVL:najaar} Besproken: {ADV:Open Hilversum}. De gemeente kondigt het programma Datagedreven sturing aan.',
  ),
  say(
    300,
    'voorzitter',
    '/besluit {OVL:najaar} Het panel vraagt de gemeente om een tijdlijn voor {ADV:bewaartermijn}.',
  ),
  say(
    300,
    'secretaris',
    '/overleg actie {OVL:najaar} voorzitter Tijdlijn voor de bewaartermijn navragen voor:{date:315}',
  ),
  say(
    300,
    'secretaris',
    '/overleg actie {OVL:najaar} panellid Vragen voor de ethische toets verzamelen voor:{date:340}',
  ),
  say(305, 'gemeente', '/ontwikkeling nieuw "Programma Datagedreven sturing" fase:verkenning thema:ethiek'),
  say(
    310,
    'gemeente',
    '/advies nieuw "Datagedreven sturing: ethische toets" thema:ethiek ontwikkeling:{ONT:Datagedreven}',
  ),
  say(325, 'secretaris', '/overleg plan {date:345} 20:00 Panelvergadering december'),
];
