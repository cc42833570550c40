# Tricky verb groups and clauses: passives, reduced relatives, participial modifiers, particle verbs, phrasal prepositions, negation, modals and conditionals, questions, floating quantifiers, appositions, and noun/verb homographs (attacks, strikes, talks, claims, forces, leads, heads, ends, hopes...).
A/DT senior/JJ Hamas/NNP commander/NN was/VBD reportedly/RB killed/VBN in/IN an/DT Israeli/JJ strike/NN on/IN a/DT car/NN near/IN the/DT Lebanese/JJ port/NN city/NN of/IN Sidon/NNP ./.
The/DT two/CD journalists/NNS had/VBD been/VBN detained/VBN for/IN more/JJR than/IN a/DT month/NN before/IN they/PRP were/VBD formally/RB charged/VBN ./.
Dozens/NNS of/IN villagers/NNS were/VBD said/VBN to/TO have/VB fled/VBN across/IN the/DT river/NN into/IN Thailand/NNP after/IN the/DT shelling/NN began/VBD ./.
The/DT bridge/NN is/VBZ believed/VBN to/TO have/VB been/VBN destroyed/VBN by/IN a/DT long-range/JJ Ukrainian/JJ missile/NN ./.
At/IN least/JJS 14/CD people/NNS are/VBP feared/VBN dead/JJ after/IN a/DT migrant/NN boat/NN capsized/VBD off/IN the/DT Libyan/JJ coast/NN ./.
The/DT suspects/NNS will/MD be/VB handed/VBN over/RP to/TO French/JJ authorities/NNS once/IN the/DT extradition/NN request/NN has/VBZ been/VBN approved/VBN ./.
None/NN of/IN the/DT hostages/NNS is/VBZ thought/VBN to/TO have/VB been/VBN harmed/VBN during/IN the/DT raid/NN ./.
The/DT convoy/NN was/VBD being/VBG escorted/VBN by/IN U.N./NNP peacekeepers/NNS when/WRB it/PRP came/VBD under/IN fire/NN near/IN Bunia/NNP ./.
Several/JJ buildings/NNS in/IN the/DT city/NN centre/NN have/VBP been/VBN badly/RB damaged/VBN ,/, and/CC power/NN has/VBZ been/VBN cut/VBN to/TO 20,000/CD homes/NNS ./.
He/PRP was/VBD later/RB found/VBN to/TO have/VB been/VBN held/VBN in/IN a/DT secret/JJ prison/NN outside/IN Damascus/NNP ./.
Aid/NN deliveries/NNS had/VBD been/VBN suspended/VBN for/IN weeks/NNS because/IN of/IN the/DT fighting/NN ./.
The/DT ambassador/NN was/VBD summoned/VBN to/TO the/DT foreign/JJ ministry/NN and/CC told/VBN that/IN the/DT remarks/NNS were/VBD unacceptable/JJ ./.
Two/CD of/IN the/DT wounded/VBN were/VBD flown/VBN to/TO Ankara/NNP for/IN treatment/NN ./.
It/PRP was/VBD not/RB immediately/RB clear/JJ who/WP had/VBD carried/VBN out/RP the/DT attack/NN ./.
The/DT mayor/NN ,/, who/WP was/VBD arrested/VBN in/IN March/NNP ,/, has/VBZ been/VBN held/VBN in/IN Silivri/NNP prison/NN ever/RB since/RB ./.
Nobody/NN has/VBZ yet/RB been/VBN charged/VBN in/IN connection/NN with/IN the/DT killing/NN ./.
The/DT ship/NN was/VBD seized/VBN by/IN Iranian/JJ commandos/NNS and/CC taken/VBN to/TO the/DT port/NN of/IN Bandar/NNP Abbas/NNP ./.
The/DT election/NN was/VBD widely/RB seen/VBN as/IN a/DT test/NN of/IN the/DT government/NN 's/POS popularity/NN ./.
Soldiers/NNS wounded/VBN in/IN the/DT attack/NN were/VBD evacuated/VBN by/IN helicopter/NN to/TO a/DT military/JJ hospital/NN in/IN Dnipro/NNP ./.
A/DT ship/NN carrying/VBG 30,000/CD tonnes/NNS of/IN grain/NN left/VBD the/DT port/NN of/IN Odesa/NNP on/IN Friday/NNP ./.
Villagers/NNS interviewed/VBN by/IN Reuters/NNP said/VBD the/DT militia/NN fighters/NNS arrived/VBD at/IN dawn/NN ./.
Documents/NNS seen/VBN by/IN the/DT Guardian/NNP show/VBP that/IN the/DT plan/NN was/VBD drawn/VBN up/RP last/JJ year/NN ./.
Most/JJS of/IN the/DT drones/NNS launched/VBN overnight/RB were/VBD aimed/VBN at/IN energy/NN facilities/NNS in/IN western/JJ Ukraine/NNP ./.
Migrants/NNS held/VBN in/IN detention/NN centres/NNS near/IN Tripoli/NNP say/VBP they/PRP are/VBP regularly/RB beaten/VBN by/IN guards/NNS ./.
Anyone/NN found/VBN guilty/JJ of/IN spreading/VBG false/JJ information/NN could/MD face/VB up/IN to/TO five/CD years/NNS in/IN prison/NN ./.
The/DT weapons/NNS seized/VBN at/IN the/DT port/NN included/VBD anti-tank/JJ missiles/NNS and/CC rifles/NNS made/VBN in/IN Iran/NNP ./.
Protesters/NNS demanding/VBG the/DT release/NN of/IN the/DT mayor/NN marched/VBD toward/IN Taksim/NNP Square/NNP ./.
Families/NNS living/VBG near/IN the/DT border/NN have/VBP been/VBN told/VBN to/TO prepare/VB for/IN evacuation/NN ./.
Companies/NNS doing/VBG business/NN with/IN Russia/NNP 's/POS military/NN will/MD face/VB sanctions/NNS ,/, the/DT Treasury/NNP said/VBD ./.
Officials/NNS familiar/JJ with/IN the/DT talks/NNS said/VBD a/DT deal/NN could/MD be/VB reached/VBN within/IN days/NNS ./.
A/DT convoy/NN carrying/VBG food/NN and/CC medicine/NN reached/VBD the/DT besieged/VBN city/NN of/IN El/NNP Fasher/NNP on/IN Tuesday/NNP ./.
The/DT man/NN accused/VBN of/IN planning/VBG the/DT attack/NN was/VBD arrested/VBN at/IN Istanbul/NNP airport/NN ./.
A/DT report/NN published/VBN on/IN Tuesday/NNP by/IN Amnesty/NNP International/NNP accused/VBD the/DT security/NN forces/NNS of/IN torture/NN ./.
Rising/VBG tensions/NNS between/IN India/NNP and/CC Pakistan/NNP have/VBP alarmed/VBN diplomats/NNS in/IN Washington/NNP ./.
The/DT ruling/VBG coalition/NN lost/VBD its/PRP$ majority/NN after/IN two/CD smaller/JJR parties/NNS walked/VBD out/RP ./.
Armed/JJ groups/NNS control/VBP large/JJ parts/NNS of/IN the/DT countryside/NN ,/, according/VBG to/TO the/DT United/NNP Nations/NNPS ./.
A/DT planned/VBN visit/NN by/IN the/DT Turkish/JJ president/NN to/TO Baghdad/NNP has/VBZ been/VBN postponed/VBN ./.
The/DT attacking/VBG forces/NNS were/VBD pushed/VBN back/RB after/IN two/CD days/NNS of/IN heavy/JJ fighting/NN ./.
The/DT growing/VBG number/NN of/IN displaced/VBN people/NNS has/VBZ stretched/VBN aid/NN agencies/NNS to/TO breaking/NN point/NN ./.
Retreating/VBG troops/NNS blew/VBD up/RP bridges/NNS and/CC set/VBD fire/NN to/TO fuel/NN depots/NNS behind/IN them/PRP ./.
The/DT wounded/VBN soldiers/NNS were/VBD taken/VBN to/TO a/DT field/NN hospital/NN near/IN the/DT front/NN ./.
Fleeing/VBG residents/NNS described/VBD scenes/NNS of/IN panic/NN as/IN the/DT shells/NNS began/VBD to/TO fall/VB ./.
The/DT governing/VBG party/NN has/VBZ dismissed/VBN the/DT allegations/NNS as/IN politically/RB motivated/VBN ./.
Detained/VBN protesters/NNS were/VBD released/VBN after/IN paying/VBG fines/NNS ./.
An/DT unexploded/JJ missile/NN lay/VBD in/IN a/DT field/NN outside/IN the/DT village/NN for/IN three/CD days/NNS ./.
The/DT leading/VBG candidate/NN ,/, a/DT former/JJ army/NN chief/NN ,/, has/VBZ promised/VBN a/DT tough/JJ line/NN on/IN crime/NN ./.
The/DT remaining/VBG hostages/NNS are/VBP believed/VBN to/TO be/VB held/VBN in/IN tunnels/NNS under/IN Khan/NNP Younis/NNP ./.
Mounting/VBG losses/NNS have/VBP forced/VBN the/DT army/NN to/TO lower/VB the/DT conscription/NN age/NN ./.
The/DT army/NN carried/VBD out/RP more/JJR than/IN 40/CD strikes/NNS overnight/RB ,/, the/DT military/NN said/VBD ./.
Organisers/NNS called/VBD off/RP the/DT march/NN after/IN police/NNS warned/VBD of/IN violence/NN ./.
The/DT government/NN has/VBZ set/VBN up/RP a/DT committee/NN to/TO investigate/VB the/DT killings/NNS ./.
The/DT rebels/NNS handed/VBD over/RP the/DT bodies/NNS of/IN two/CD soldiers/NNS to/TO the/DT Red/NNP Cross/NNP ./.
France/NNP pulled/VBD out/RP its/PRP$ last/JJ troops/NNS from/IN Niger/NNP in/IN December/NNP ./.
Russia/NNP has/VBZ stepped/VBN up/RP attacks/NNS on/IN Ukrainian/JJ positions/NNS near/IN Kupiansk/NNP ./.
Authorities/NNS cracked/VBD down/RP on/IN dissent/NN after/IN the/DT failed/VBN coup/NN ./.
The/DT U.N./NNP secretary/NN general/NN called/VBD on/IN both/DT sides/NNS to/TO show/VB restraint/NN ./.
Riot/NN police/NNS broke/VBD up/RP the/DT rally/NN with/IN water/NN cannon/NN and/CC tear/NN gas/NN ./.
The/DT talks/NNS broke/VBD down/RP over/IN the/DT question/NN of/IN who/WP would/MD control/VB the/DT border/NN ./.
The/DT defence/NN minister/NN stepped/VBD down/RP on/IN Friday/NNP ,/, citing/VBG health/NN reasons/NNS ./.
Air/NN defences/NNS shot/VBD down/RP 12/CD of/IN the/DT 15/CD missiles/NNS ,/, the/DT air/NN force/NN said/VBD ./.
Ukrainian/JJ troops/NNS fought/VBD off/RP a/DT Russian/JJ assault/NN on/IN the/DT town/NN overnight/RB ./.
The/DT planned/VBN march/NN was/VBD called/VBN off/RP at/IN the/DT last/JJ minute/NN ./.
The/DT government/NN has/VBZ ruled/VBN out/RP early/JJ elections/NNS ,/, despite/IN weeks/NNS of/IN protests/NNS ./.
Security/NN forces/NNS rounded/VBD up/RP dozens/NNS of/IN young/JJ men/NNS in/IN the/DT village/NN ./.
The/DT militants/NNS took/VBD over/RP the/DT town/NN 's/POS police/NN station/NN and/CC set/VBD it/PRP on/IN fire/NN ./.
The/DT vote/NN has/VBZ been/VBN put/VBN off/RP until/IN next/JJ year/NN ./.
The/DT president/NN has/VBZ refused/VBN to/TO back/VB down/RP ,/, saying/VBG the/DT protesters/NNS are/VBP paid/VBN by/IN foreign/JJ powers/NNS ./.
The/DT bomb/NN went/VBD off/RP as/IN worshippers/NNS were/VBD leaving/VBG the/DT mosque/NN ./.
The/DT ceasefire/NN talks/NNS were/VBD held/VBN up/RP by/IN a/DT dispute/NN over/IN the/DT timing/NN of/IN the/DT prisoner/NN releases/NNS ./.
Police/NNS say/VBP they/PRP have/VBP broken/VBN up/RP a/DT network/NN that/WDT smuggled/VBD weapons/NNS into/IN Europe/NNP ./.
The/DT army/NN has/VBZ pulled/VBN back/RB from/IN positions/NNS around/IN the/DT town/NN ,/, a/DT spokesman/NN said/VBD ./.
The/DT suspects/NNS were/VBD handed/VBN over/RP to/TO Iraqi/JJ authorities/NNS at/IN the/DT border/NN crossing/NN ./.
Kyiv/NNP has/VBZ called/VBN on/IN its/PRP$ allies/NNS to/TO speed/VB up/RP deliveries/NNS of/IN air/NN defence/NN systems/NNS ./.
The/DT strike/NN was/VBD carried/VBN out/RP in/IN response/NN to/TO a/DT rocket/NN attack/NN on/IN Haifa/NNP ./.
The/DT two/CD leaders/NNS will/MD meet/VB ahead/RB of/IN the/DT NATO/NNP summit/NN in/IN The/DT Hague/NNP ./.
According/VBG to/TO the/DT health/NN ministry/NN ,/, 27/CD people/NNS were/VBD killed/VBN in/IN the/DT strike/NN ./.
The/DT convoy/NN turned/VBD back/RB in/IN front/NN of/IN the/DT checkpoint/NN after/IN soldiers/NNS fired/VBD warning/NN shots/NNS ./.
The/DT envoy/NN spoke/VBD on/IN behalf/NN of/IN the/DT Arab/NNP League/NNP ./.
In/IN addition/NN to/TO the/DT sanctions/NNS ,/, Washington/NNP has/VBZ imposed/VBN visa/NN bans/NNS on/IN 30/CD officials/NNS ./.
Police/NNS used/VBD tear/NN gas/NN as/RB well/RB as/IN rubber/NN bullets/NNS against/IN the/DT crowd/NN ./.
The/DT talks/NNS took/VBD place/NN in/IN Riyadh/NNP instead/RB of/IN Istanbul/NNP ./.
Prior/RB to/TO the/DT vote/NN ,/, the/DT opposition/NN boycotted/VBD parliament/NN for/IN a/DT month/NN ./.
In/IN spite/NN of/IN the/DT ceasefire/NN ,/, shelling/NN continued/VBD along/IN the/DT front/NN line/NN ./.
The/DT minister/NN arrived/VBD in/IN Tehran/NNP along/IN with/IN a/DT delegation/NN of/IN business/NN leaders/NNS ./.
Apart/RB from/IN a/DT few/JJ minor/JJ incidents/NNS ,/, the/DT vote/NN passed/VBD off/RP peacefully/RB ./.
The/DT fire/NN broke/VBD out/RP close/JJ to/TO the/DT refinery/NN 's/POS main/JJ storage/NN tanks/NNS ./.
Thousands/NNS of/IN people/NNS have/VBP been/VBN forced/VBN out/IN of/IN their/PRP$ homes/NNS by/IN the/DT floods/NNS ./.
Rather/RB than/IN negotiate/VB ,/, the/DT junta/NN chose/VBD to/TO expel/VB the/DT mediators/NNS ./.
The/DT drone/NN landed/VBD next/JJ to/TO a/DT kindergarten/NN in/IN Kharkiv/NNP ./.
Russian/JJ forces/NNS have/VBP not/RB stopped/VBN shelling/VBG the/DT city/NN ,/, despite/IN claims/NNS that/IN they/PRP had/VBD pulled/VBN back/RB ./.
Not/RB a/DT single/JJ day/NN has/VBZ passed/VBN without/IN an/DT air/NN raid/NN alert/NN in/IN Kyiv/NNP ./.
Officials/NNS did/VBD not/RB deny/VB that/IN the/DT army/NN had/VBD not/RB informed/VBN residents/NNS before/IN the/DT strike/NN ./.
It/PRP is/VBZ not/RB that/IN Kyiv/NNP does/VBZ not/RB want/VB peace/NN ,/, the/DT foreign/JJ minister/NN said/VBD ./.
No/DT one/NN has/VBZ been/VBN able/JJ to/TO reach/VB the/DT village/NN since/IN Tuesday/NNP ./.
The/DT army/NN never/RB said/VBD it/PRP would/MD not/RB use/VB force/NN ./.
The/DT prime/JJ minister/NN could/MD not/RB rule/VB out/RP that/IN troops/NNS might/MD be/VB sent/VBN ./.
The/DT government/NN has/VBZ neither/DT confirmed/VBN nor/CC denied/VBN the/DT report/NN ./.
The/DT rebels/NNS have/VBP not/RB yet/RB stopped/VBN recruiting/VBG child/NN soldiers/NNS ,/, the/DT U.N./NNP says/VBZ ./.
None/NN of/IN the/DT parties/NNS has/VBZ ruled/VBN out/RP a/DT return/NN to/TO violence/NN ./.
The/DT tragedy/NN could/MD have/VB been/VBN avoided/VBN if/IN the/DT warnings/NNS had/VBD been/VBN heeded/VBN ./.
Had/VBD the/DT warning/NN come/VBN earlier/RBR ,/, more/JJR people/NNS could/MD have/VB escaped/VBN ./.
Were/VBD Iran/NNP to/TO close/VB the/DT Strait/NNP of/IN Hormuz/NNP ,/, oil/NN prices/NNS would/MD soar/VB ./.
Should/MD the/DT ceasefire/NN collapse/VB ,/, the/DT U.N./NNP would/MD be/VB forced/VBN to/TO withdraw/VB its/PRP$ staff/NN ./.
If/IN the/DT talks/NNS fail/VBP ,/, the/DT army/NN may/MD resume/VB its/PRP$ offensive/NN next/JJ week/NN ./.
The/DT president/NN might/MD have/VB signed/VBN the/DT bill/NN if/IN parliament/NN had/VBD not/RB amended/VBN it/PRP ./.
The/DT minister/NN should/MD not/RB have/VB made/VBN such/JJ remarks/NNS ,/, his/PRP$ party/NN said/VBD ./.
The/DT strikes/NNS would/MD not/RB have/VB been/VBN possible/JJ without/IN U.S./NNP intelligence/NN ,/, officials/NNS said/VBD ./.
Unless/IN the/DT blockade/NN is/VBZ lifted/VBN ,/, famine/NN could/MD spread/VB to/TO the/DT north/NN within/IN weeks/NNS ./.
Will/MD the/DT ceasefire/NN hold/VB ?/.
What/WP does/VBZ Moscow/NNP want/VB from/IN the/DT talks/NNS in/IN Istanbul/NNP ?/.
Why/WRB did/VBD the/DT army/NN not/RB warn/VB residents/NNS before/IN the/DT strike/NN ?/.
How/WRB many/JJ people/NNS have/VBP been/VBN killed/VBN since/IN the/DT fighting/NN began/VBD ?/.
Is/VBZ Turkey/NNP about/IN to/TO launch/VB another/DT offensive/NN in/IN northern/JJ Syria/NNP ?/.
Can/MD Europe/NNP defend/VB itself/PRP without/IN the/DT United/NNP States/NNPS ?/.
Who/WP fired/VBD the/DT missile/NN that/WDT hit/VBD the/DT market/NN ?/.
Did/VBD Kyiv/NNP know/VB about/IN the/DT plan/NN in/IN advance/NN ?/.
Where/WRB are/VBP the/DT hostages/NNS being/VBG held/VBN ?/.
Which/WDT countries/NNS have/VBP agreed/VBN to/TO send/VB troops/NNS ?/.
The/DT two/CD leaders/NNS have/VBP both/DT said/VBN they/PRP want/VBP the/DT war/NN to/TO end/VB ./.
The/DT ministers/NNS will/MD all/DT attend/VB the/DT summit/NN in/IN Brussels/NNP next/JJ week/NN ./.
The/DT suspects/NNS were/VBD each/DT sentenced/VBN to/TO 15/CD years/NNS in/IN prison/NN ./.
The/DT hostages/NNS had/VBD all/DT been/VBN held/VBN in/IN tunnels/NNS ,/, the/DT army/NN said/VBD ./.
Both/DT men/NNS were/VBD later/RB released/VBN without/IN charge/NN ./.
The/DT allies/NNS have/VBP each/DT pledged/VBN $/$ 1/CD billion/CD to/TO the/DT reconstruction/NN fund/NN ./.
They/PRP all/DT agreed/VBD that/IN the/DT border/NN should/MD remain/VB open/JJ ./.
Hakan/NNP Fidan/NNP ,/, Turkey/NNP 's/POS foreign/JJ minister/NN ,/, said/VBD Ankara/NNP would/MD not/RB accept/VB a/DT Kurdish/JJ state/NN in/IN Syria/NNP ./.
The/DT attack/NN was/VBD claimed/VBN by/IN the/DT Islamic/NNP State/NNP in/IN Khorasan/NNP Province/NNP (/( ISKP/NNP )/) ,/, the/DT group/NN 's/POS Afghan/JJ affiliate/NN ./.
Dmitry/NNP Medvedev/NNP ,/, the/DT deputy/NN chairman/NN of/IN Russia/NNP 's/POS Security/NNP Council/NNP ,/, warned/VBD of/IN a/DT nuclear/JJ response/NN ./.
The/DT militants/NNS struck/VBD Bamako/NNP ,/, the/DT capital/NN ,/, in/IN the/DT early/JJ hours/NNS of/IN Tuesday/NNP ./.
The/DT town/NN of/IN Pokrovsk/NNP ,/, a/DT key/JJ logistics/NNS hub/NN ,/, is/VBZ now/RB almost/RB surrounded/VBN ./.
Penny/NNP Wong/NNP ,/, the/DT foreign/JJ minister/NN ,/, flew/VBD to/TO Beijing/NNP on/IN Wednesday/NNP ./.
The/DT attacks/NNS continued/VBD through/IN the/DT night/NN ,/, and/CC residents/NNS say/VBP the/DT army/NN attacks/VBZ any/DT vehicle/NN that/WDT moves/VBZ ./.
Israel/NNP strikes/VBZ Hezbollah/NNP targets/NNS almost/RB daily/RB ,/, and/CC the/DT strikes/NNS have/VBP killed/VBN dozens/NNS of/IN civilians/NNS ./.
When/WRB the/DT union/NN protests/VBZ ,/, the/DT government/NN listens/VBZ ,/, and/CC the/DT protests/NNS this/DT week/NN have/VBP been/VBN the/DT largest/JJS in/IN years/NNS ./.
Talks/NNS between/IN the/DT two/CD sides/NNS resumed/VBD on/IN Monday/NNP ,/, and/CC officials/NNS say/VBP Washington/NNP talks/VBZ to/TO both/DT regularly/RB ./.
Washington/NNP has/VBZ put/VBN pressure/NN on/IN Kyiv/NNP to/TO accept/VB the/DT deal/NN ,/, and/CC European/JJ leaders/NNS continue/VBP to/TO pressure/VB Moscow/NNP ./.
A/DT single/JJ shot/NN was/VBD fired/VBN ,/, and/CC the/DT man/NN was/VBD shot/VBN in/IN the/DT head/NN ./.
The/DT fire/NN spread/VBD quickly/RB after/IN troops/NNS began/VBD to/TO fire/VB on/IN the/DT fuel/NN depot/NN ./.
The/DT building/NN was/VBD hit/VBN by/IN a/DT missile/NN ,/, and/CC the/DT country/NN is/VBZ building/VBG new/JJ shelters/NNS ./.
Clashes/NNS broke/VBD out/RP again/RB on/IN Tuesday/NNP ,/, and/CC residents/NNS say/VBP the/DT army/NN clashes/VBZ with/IN rebels/NNS near/IN the/DT airport/NN almost/RB every/DT night/NN ./.
Police/NNS raid/VBP opposition/NN offices/NNS ,/, and/CC the/DT raids/NNS have/VBP drawn/VBN condemnation/NN from/IN the/DT European/NNP Union/NNP ./.
The/DT opposition/NN leader/NN calls/VBZ for/IN fresh/JJ elections/NNS ,/, but/CC calls/NNS for/IN restraint/NN have/VBP gone/VBN unheeded/JJ ./.
Moscow/NNP claims/VBZ the/DT strike/NN hit/VBD a/DT military/JJ target/NN ,/, but/CC the/DT claims/NNS could/MD not/RB be/VB verified/VBN ./.
Israel/NNP plans/VBZ to/TO expand/VB the/DT operation/NN ,/, and/CC the/DT plans/NNS have/VBP alarmed/VBN Egypt/NNP ./.
The/DT Houthi/NNP leader/NN threatens/VBZ more/JJR attacks/NNS ,/, and/CC the/DT threats/NNS have/VBP sent/VBN shipping/NN costs/NNS soaring/VBG ./.
The/DT government/NN cuts/VBZ fuel/NN subsidies/NNS from/IN Monday/NNP ,/, and/CC the/DT cuts/NNS have/VBP already/RB angered/VBN the/DT unions/NNS ./.
Shells/NNS land/VBP near/IN the/DT hospital/NN every/DT day/NN as/IN the/DT army/NN shells/VBZ the/DT eastern/JJ districts/NNS ./.
The/DT union/NN demands/VBZ a/DT pay/NN rise/NN ,/, and/CC its/PRP$ demands/NNS have/VBP been/VBN rejected/VBN by/IN the/DT ministry/NN ./.
The/DT prosecutor/NN charges/VBZ the/DT former/JJ minister/NN with/IN fraud/NN ,/, and/CC the/DT charges/NNS carry/VBP a/DT 20-year/JJ sentence/NN ./.
Russia/NNP supplies/VBZ Iran/NNP with/IN fighter/NN jets/NNS ,/, while/IN Iran/NNP has/VBZ sent/VBN supplies/NNS of/IN drones/NNS and/CC shells/NNS to/TO Russia/NNP ./.
Reuters/NNP reports/VBZ that/IN the/DT talks/NNS stalled/VBD ,/, and/CC the/DT reports/NNS have/VBP been/VBN denied/VBN by/IN Cairo/NNP ./.
The/DT Senate/NNP backs/VBZ the/DT aid/NN package/NN ,/, although/IN several/JJ senators/NNS have/VBP turned/VBN their/PRP$ backs/NNS on/IN Ukraine/NNP ./.
Police/NNS say/VBP they/PRP have/VBP several/JJ leads/NNS ,/, and/CC the/DT officer/NN who/WP leads/VBZ the/DT inquiry/NN expects/VBZ arrests/NNS soon/RB ./.
The/DT minister/NN heads/VBZ to/TO Brussels/NNP on/IN Monday/NNP to/TO meet/VB EU/NNP heads/NNS of/IN state/NN ./.
The/DT truce/NN ends/VBZ at/IN midnight/NN ,/, and/CC troops/NNS still/RB hold/VBP both/DT ends/NNS of/IN the/DT bridge/NN ./.
The/DT president/NN hopes/VBZ for/IN a/DT deal/NN by/IN June/NNP ,/, but/CC hopes/NNS are/VBP fading/VBG in/IN Kyiv/NNP ./.
The/DT army/NN fears/VBZ a/DT new/JJ offensive/NN ,/, and/CC fears/NNS of/IN an/DT attack/NN have/VBP driven/VBN people/NNS south/RB ./.
Modi/NNP visits/VBZ Moscow/NNP this/DT week/NN ,/, his/PRP$ first/JJ of/IN several/JJ visits/NNS planned/VBN this/DT year/NN ./.
Japan/NNP pledges/VBZ $/$ 500/CD million/CD in/IN aid/NN ,/, one/CD of/IN the/DT largest/JJS pledges/NNS so/RB far/RB ./.
The/DT general/NN vows/VBZ revenge/NN ,/, and/CC his/PRP$ vows/NNS are/VBP taken/VBN seriously/RB in/IN Islamabad/NNP ./.
Erdogan/NNP slams/VBZ Brussels/NNP over/IN migration/NN ,/, and/CC Brussels/NNP slams/VBZ the/DT door/NN on/IN Ankara/NNP 's/POS membership/NN bid/NN ./.
The/DT rebels/NNS ,/, who/WP had/VBD been/VBN besieging/VBG the/DT city/NN for/IN months/NNS ,/, finally/RB withdrew/VBD on/IN Sunday/NNP ./.
Troops/NNS who/WP took/VBD part/NN in/IN the/DT massacre/NN have/VBP never/RB been/VBN brought/VBN to/TO justice/NN ./.
The/DT army/NN said/VBD that/IN the/DT drones/NNS that/WDT struck/VBD the/DT base/NN had/VBD been/VBN launched/VBN from/IN Iraq/NNP ./.
That/DT report/NN ,/, which/WDT was/VBD published/VBN in/IN May/NNP ,/, said/VBD that/IN most/JJS of/IN the/DT victims/NNS were/VBD civilians/NNS ./.
The/DT minister/NN said/VBD the/DT decision/NN ,/, which/WDT she/PRP called/VBD difficult/JJ ,/, was/VBD final/JJ ./.
The/DT village/NN where/WRB the/DT massacre/NN took/VBD place/NN has/VBZ been/VBN abandoned/VBN ./.
The/DT officer/NN whose/WP$ unit/NN fired/VBD the/DT shells/NNS has/VBZ been/VBN suspended/VBN ./.
What/WP the/DT army/NN calls/VBZ a/DT security/NN zone/NN ,/, residents/NNS call/VBP an/DT occupation/NN ./.
The/DT question/NN is/VBZ whether/IN the/DT government/NN can/MD survive/VB the/DT vote/NN ./.
Having/VBG failed/VBN to/TO win/VB a/DT majority/NN ,/, the/DT party/NN is/VBZ now/RB seeking/VBG coalition/NN partners/NNS ./.
Backed/VBN by/IN Turkish/JJ drones/NNS ,/, the/DT rebels/NNS advanced/VBD quickly/RB toward/IN the/DT capital/NN ./.
Faced/VBN with/IN mounting/VBG losses/NNS ,/, the/DT army/NN withdrew/VBD from/IN the/DT town/NN ./.
Asked/VBN whether/IN he/PRP would/MD resign/VB ,/, the/DT minister/NN shook/VBD his/PRP$ head/NN ./.
Dressed/VBN in/IN military/JJ uniforms/NNS ,/, the/DT gunmen/NNS entered/VBD the/DT building/NN without/IN resistance/NN ./.
Fearing/VBG reprisals/NNS ,/, many/JJ residents/NNS refused/VBD to/TO speak/VB to/TO reporters/NNS ./.
Having/VBG been/VBN warned/VBN of/IN the/DT raid/NN ,/, the/DT militants/NNS had/VBD already/RB left/VBN ./.
The/DT bill/NN ,/, if/IN passed/VBN ,/, would/MD allow/VB the/DT army/NN to/TO be/VB deployed/VBN on/IN the/DT streets/NNS ./.
The/DT detainees/NNS are/VBP alleged/VBN to/TO have/VB been/VBN tortured/VBN while/IN in/IN custody/NN ./.
He/PRP appears/VBZ to/TO have/VB been/VBN killed/VBN by/IN a/DT sniper/NN ./.
The/DT talks/NNS seem/VBP to/TO have/VB stalled/VBN over/IN the/DT question/NN of/IN security/NN guarantees/NNS ./.
The/DT missiles/NNS are/VBP thought/VBN to/TO have/VB been/VBN supplied/VBN by/IN North/NNP Korea/NNP ./.
The/DT opposition/NN is/VBZ reported/VBN to/TO be/VB preparing/VBG a/DT boycott/NN of/IN the/DT vote/NN ./.
They/PRP were/VBD not/RB allowed/VBN to/TO leave/VB until/IN the/DT questioning/NN was/VBD over/RB ./.
The/DT prisoners/NNS are/VBP being/VBG moved/VBN to/TO a/DT facility/NN in/IN the/DT south/NN ,/, officials/NNS said/VBD ./.
The/DT leader/NN of/IN the/DT junta/NN has/VBZ been/VBN accused/VBN of/IN having/VBG been/VBN involved/VBN in/IN the/DT plot/NN ./.
The/DT election/NN has/VBZ had/VBN to/TO be/VB postponed/VBN twice/RB because/IN of/IN the/DT violence/NN ./.
Aid/NN agencies/NNS have/VBP been/VBN warning/VBG for/IN months/NNS that/IN the/DT camps/NNS were/VBD running/VBG out/IN of/IN food/NN ./.
Civilians/NNS have/VBP been/VBN getting/VBG caught/VBN in/IN the/DT crossfire/NN for/IN weeks/NNS ./.
The/DT strikes/NNS are/VBP said/VBN to/TO have/VB been/VBN ordered/VBN by/IN the/DT defence/NN minister/NN himself/PRP ./.
The/DT border/NN is/VBZ due/JJ to/TO be/VB reopened/VBN next/JJ week/NN ./.
The/DT agreement/NN was/VBD to/TO have/VB been/VBN signed/VBN in/IN March/NNP ./.
The/DT soldier/NN charged/VBN with/IN the/DT killing/NN was/VBD released/VBN on/IN bail/NN ./.
A/DT man/NN suspected/VBN of/IN spying/VBG for/IN Iran/NNP has/VBZ been/VBN arrested/VBN in/IN Germany/NNP ./.
Two/CD men/NNS posing/VBG as/IN police/NNS officers/NNS kidnapped/VBD a/DT businessman/NN in/IN Karachi/NNP ./.
Villages/NNS left/VBN empty/JJ by/IN the/DT fighting/NN are/VBP being/VBG looted/VBN ./.
A/DT list/NN of/IN demands/NNS drawn/VBN up/RP by/IN the/DT protesters/NNS was/VBD handed/VBN to/TO the/DT governor/NN ./.
A/DT woman/NN injured/VBN in/IN the/DT blast/NN died/VBD in/IN hospital/NN on/IN Saturday/NNP ./.
The/DT man/NN who/WP led/VBD the/DT coup/NN is/VBZ now/RB living/VBG in/IN exile/NN ./.
The/DT attack/NN ,/, which/WDT killed/VBD 26/CD tourists/NNS ,/, was/VBD the/DT deadliest/JJS in/IN years/NNS ./.
